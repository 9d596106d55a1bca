// Drives the embedded Web Chat page in Debian's Chromium (playwright-core, no browser download):
// waits for the welcome, fills the profile in one sentence, asks a question, looks a clause up, and tries what
// a new user tries: another city's clause (the profile keeps its city), owners' words, a vague question and its
// candidate buttons, a subject outside the policies, a greeting, English; then a new conversation from 武汉.
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
    await page.getByText(text, { exact: false }).last().waitFor({ timeout: 45000 });
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
  await waitFor('不适用于湛江市', 'lookup-elsewhere');
  await say('我的信息');
  await waitFor('城市：廉江市（湛江市）', 'profile-kept');
  await say('贷款利息能不能少点');
  await waitFor('推动小微企业综合融资成本稳中有降', 'everyday-words');
  await say('有什么支持');
  await waitFor('您是不是想问', 'did-you-mean');
  const answersBefore = await page.getByText('牵头部门', { exact: false }).count();
  const candidate = page.getByRole('button', { name: /第.+[条项]/ }).last();
  await candidate.click();
  await page.waitForFunction(n => document.body.innerText.split('牵头部门').length - 1 > n, answersBefore, { timeout: 45000 });
  result.steps.push('candidate-chosen');
  await say('公司注册需要什么材料');
  await waitFor('市场监督管理部门', 'outside-scope');
  await say('你好');
  await waitFor('您好！我在', 'greeting');
  await say('What subsidies can I get?');
  await waitFor('I can only answer in Chinese', 'english');
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: false });

  // A new conversation from a city no document covers: said at once, before industry and size.
  const second = await browser.newPage({ viewport: { width: 900, height: 1100 } });
  second.on('pageerror', e => errors.push(e.message));
  await second.goto(baseUrl);
  await second.getByText('惠企政策助手', { exact: false }).last().waitFor({ timeout: 45000 });
  const box = second.locator('input[data-id="webchat-sendbox-input"], textarea[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input').first();
  await box.fill('武汉的一家小型餐饮企业');
  await box.press('Enter');
  await second.getByText('武汉市的政策我这里还没有收录', { exact: false }).last().waitFor({ timeout: 45000 });
  result.steps.push('uncovered-city');
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
