#!/usr/bin/env python3
"""Fit the confidence model on a question set and report how reliable each confidence band is.

Usage: tools/calibrate/calibrate.py GOLD.jsonl [--fit] [--bands] -- COMMAND...
COMMAND is `policybot ask --jsonl` (the scorer's line protocol). With --fit, fits the logistic weights
of ConfidenceOptions on GOLD (top hit right = 1; wrong or out of scope = 0) and prints them with the
thresholds that keep confident wrong answers at or under --max-wrong-share of the answerable questions
(default 0.015) and out-of-scope questions answered at or under --max-oos-share of them (default 0.05).
With --write FILE, sets the fitted values as the defaults in FILE (src/PolicyBot.Search/Ranking/ConfidenceOptions.cs).
Always prints the reliability table: for each band of the reported probability, how many top hits were right.
Rank checking is the scorer's own (../shared/eval/score), loaded from --scorer.
"""
import importlib.machinery
import importlib.util
import json
import math
import os
import subprocess
import sys

FEATURES = ["share", "margin", "question_match", "agreement", "unseen", "share_lead", "specificity"]
NON_POSITIVE = {"unseen"}


def load_scorer(path):
    loader = importlib.machinery.SourceFileLoader("scorer", path)
    spec = importlib.util.spec_from_loader("scorer", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def run(gold, cmd):
    feed = "".join(json.dumps({"id": g["id"], "q": g["q"], "profile": g.get("profile")}, ensure_ascii=False) + "\n" for g in gold)
    proc = subprocess.run(cmd, input=feed.encode(), stdout=subprocess.PIPE, check=True)
    return {o["id"]: o for o in (json.loads(l) for l in proc.stdout.decode().splitlines() if l.startswith("{"))}


def rows(gold, out, scorer):
    data = []
    for g in gold:
        o = out[g["id"]]
        c = o.get("confidence")
        if c is None:
            continue  # lookups, refusals: not decided by the model
        right = bool(g["expect"]) and scorer.rank_of(g, o.get("results") or []) == 0
        # A question asking for a detail the clause lacks is capped below "answered" whatever the model says.
        capped = o.get("missing_detail") is not None or o.get("outcome") == "outside_scope"
        data.append(([c[f] for f in FEATURES], 1 if right else 0, c["probability"], g, capped))
    return data


def fit(data, l2=0.001, steps=20000, rate=0.5):
    w = [0.0] * len(FEATURES)
    b = 0.0
    n = len(data)
    for _ in range(steps):
        gw = [0.0] * len(w)
        gb = 0.0
        for x, y, _, _, _ in data:
            p = 1 / (1 + math.exp(-(b + sum(wi * xi for wi, xi in zip(w, x)))))
            for i, xi in enumerate(x):
                gw[i] += (p - y) * xi
            gb += p - y
        w = [wi - rate * (gi / n + l2 * wi) for wi, gi in zip(w, gw)]
        # Signals that can only speak against an answer stay that way (more unseen words never add confidence).
        w = [min(0.0, wi) if FEATURES[i] in NON_POSITIVE else max(0.0, wi) for i, wi in enumerate(w)]
        b -= rate * gb / n
    return b, w


def prob(b, w, x):
    return 1 / (1 + math.exp(-(b + sum(wi * xi for wi, xi in zip(w, x)))))


def thresholds(scored, max_wrong_share, max_oos_share):
    """Lowest AnswerAt whose confident wrong answers stay within both limits (answerable wrong; out of scope answered)."""
    answerable = [(p, y) for p, y, g in scored if g["expect"]]
    oos = [p for p, y, g in scored if not g["expect"]]
    for t in sorted({round(p, 3) for p, _, _ in scored}):
        wrong = sum(1 for p, y in answerable if p >= t and y == 0)
        oos_answered = sum(1 for p in oos if p >= t)
        if wrong <= max_wrong_share * len(answerable) and oos_answered <= max_oos_share * max(1, len(oos)):
            return t, sum(1 for p, y in answerable if p >= t and y == 1), wrong, oos_answered
    return None


def write_defaults(path, values):
    """Sets the fitted values as the defaults of ConfidenceOptions (the C# record is the one place they live)."""
    import re
    text = open(path, encoding="utf-8").read()
    for name, value in values.items():
        text, n = re.subn(r"(public double %s \{ get; init; \})(?: = [^;\n]+;)?" % name, r"\g<1> = %s;" % value, text)
        if n != 1:
            sys.exit(f"{path}: no setting {name}")
    open(path, "w", encoding="utf-8").write(text)


def main():
    argv = sys.argv[1:]
    sep = argv.index("--")
    opts, cmd = argv[:sep], argv[sep + 1:]
    gold_path = opts[0]
    scorer_path = opts[opts.index("--scorer") + 1] if "--scorer" in opts else os.path.join(os.path.dirname(__file__), "../../../shared/eval/score")
    share = float(opts[opts.index("--max-wrong-share") + 1]) if "--max-wrong-share" in opts else 0.015
    oos_share = float(opts[opts.index("--max-oos-share") + 1]) if "--max-oos-share" in opts else 0.05
    scorer = load_scorer(scorer_path)
    gold = [json.loads(l) for l in open(gold_path, encoding="utf-8") if l.strip()]
    data = rows(gold, run(gold, cmd), scorer)
    answerable = sum(1 for g in gold if g["expect"])
    if "--fit" in opts:
        b, w = fit(data)
        scored = [(0.0 if capped else prob(b, w, x), y, g) for x, y, _, g, capped in data]
        t = thresholds(scored, share, oos_share)
        fitted = {"Bias": round(b, 3), **{k: round(v, 3) for k, v in zip(["Share", "Margin", "QuestionMatch", "Agreement", "Unseen", "ShareLead", "Specificity"], w)}}
        if t:
            fitted["AnswerAt"] = t[0]
        if "--write" in opts:
            write_defaults(opts[opts.index("--write") + 1], fitted)
        print(json.dumps({"Bias": round(b, 3), **{k: round(v, 3) for k, v in zip(["Share", "Margin", "QuestionMatch", "Agreement", "Unseen", "ShareLead", "Specificity"], w)},
                          "AnswerAt": t[0] if t else None, "answered_right": round(t[1] / answerable, 3) if t else None,
                          "answered_wrong": t[2] if t else None, "oos_answered": t[3] if t else None, "answerable": answerable}))
    else:
        scored = [(0.0 if capped else p, y, g) for _, y, p, g, capped in data]
    print("band        n  right  share_right")
    for lo in [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]:
        band = [y for p, y, _ in scored if lo <= p < lo + 0.1 or (lo == 0.9 and p == 1.0)]
        if band:
            print(f"{lo:.1f}–{lo + 0.1:.1f} {len(band):5d} {sum(band):6d}  {sum(band) / len(band):.2f}")
    if "--misses" in opts:
        for p, y, g in sorted(scored, key=lambda s: -s[0]):
            if y == 0 and p >= 0.3:
                print(f"  wrong p={p:.2f} {g['id']} {g['q']}")


if __name__ == "__main__":
    main()
