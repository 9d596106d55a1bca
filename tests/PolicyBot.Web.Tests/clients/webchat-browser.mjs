// Drives the embedded Web Chat page in Debian's Chromium (playwright-core, no browser download):
// waits for the welcome, fills the profile in one sentence, asks a question, looks a clause up.
// Usage: node webchat-browser.mjs <baseUrl> [screenshot.png]. Prints one JSON line; exit 1 on failure.
import { chromium } from 'playwright-core';

const [, , baseUrl, screenshot] = process.argv;
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const result = { steps: [] };
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 1100 } });
  const errors = [];
  page.on('pageerror', e => errors.push(e.message));
  await page.goto(baseUrl);
  const waitFor = async (text, step) => {
    await page.getByText(text, { exact: false }).last().waitFor({ timeout: 20000 });
    result.steps.push(step);
  };
  const say = async text => {
    const box = page.locator('input[data-id="webchat-sendbox-input"], textarea[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input').first();
    await box.fill(text);
    await box.press('Enter');
  };

  await waitFor('惠企政策助手', 'welcome');
  await say('我是廉江一家做水产加工的小厂，40来个人');
  await waitFor('廉江市（湛江市）', 'profile');
  await waitFor('湛府办函〔2022〕44号', 'measures');
  await say('厂房是租国企的，房租能减免吗');
  await waitFor('降低企业租金成本', 'answer');
  await say('鄂州第二十五条');
  await waitFor('支持企业稳岗留工', 'lookup');
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: false });
  result.pageErrors = errors;
  result.ok = errors.length === 0;
} catch (e) {
  result.ok = false;
  result.error = String(e && e.message || e).slice(0, 500);
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
process.exit(result.ok ? 0 : 1);
