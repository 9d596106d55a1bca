#!/usr/bin/env python3
"""Measure each step of the analysis and ranking on a question set; print a Markdown table.

Usage: tools/ablation/ablation.py GOLD.jsonl [--scorer PATH] -- COMMAND...
COMMAND is `policybot ask --jsonl`; each row sets POLICYBOT_SEGMENTER and POLICYBOT_RANKING (see
src/PolicyBot.Cli/Searchers.cs) and runs the scorer (shared/eval/score) on GOLD.
"""
import json
import os
import subprocess
import sys

ROWS = [
    ("CJK bigrams only", "Icu", "WordWeight=0;ExpansionWeight=0;QuestionWeight=0"),
    ("ICU words + lexicon terms", "Icu", "BigramWeight=0;ExpansionWeight=0;QuestionWeight=0"),
    ("SmartCn words + lexicon terms", "SmartCn", "BigramWeight=0;ExpansionWeight=0;QuestionWeight=0"),
    ("ICU words + bigrams", "Icu", "ExpansionWeight=0;QuestionWeight=0"),
    ("SmartCn words + bigrams", "SmartCn", "ExpansionWeight=0;QuestionWeight=0"),
    ("ICU + bigrams + glossary", "Icu", "QuestionWeight=0"),
    ("ICU + bigrams + related questions", "Icu", "ExpansionWeight=0"),
    ("ICU + bigrams + glossary + related questions (default)", "Icu", ""),
    ("SmartCn + bigrams + glossary + related questions", "SmartCn", ""),
    ("default + pseudo-relevance feedback (5 words of the top 3)", "Icu", "FeedbackTerms=5"),
    ("default without task-table field", "Icu", "TaskWeight=0"),
    ("default, heading weighted as text", "Icu", "HeadWeight=1"),
]


def main():
    argv = sys.argv[1:]
    sep = argv.index("--")
    opts, cmd = argv[:sep], argv[sep + 1:]
    gold = opts[0]
    scorer = opts[opts.index("--scorer") + 1] if "--scorer" in opts else os.path.join(os.path.dirname(__file__), "../../../shared/eval/score")
    extra = [r for r in opts[1:] if r.startswith("row=")]
    rows = ROWS + [(e[4:], "Icu", e[4:]) for e in extra]
    print("| analysis and ranking | hit@1 | hit@5 | MRR | answered right | answered wrong | out of scope abstained |")
    print("|---|---|---|---|---|---|---|")
    for name, segmenter, ranking in rows:
        env = dict(os.environ, POLICYBOT_SEGMENTER=segmenter, POLICYBOT_RANKING=ranking)
        out = subprocess.run([scorer, gold, "--"] + cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout.decode()
        s = json.loads(out.strip().splitlines()[-1])
        print(f"| {name} | {s['hit1']:.3f} | {s['hit5']:.3f} | {s['mrr']:.3f} | {s['answered_right']:.3f} | {s['answered_wrong']} | {s['out_of_scope_abstained']} |")


if __name__ == "__main__":
    main()
