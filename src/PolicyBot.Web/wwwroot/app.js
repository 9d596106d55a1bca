(async function () {
  const notice = document.getElementById('notice');
  function showNotice(html) {
    document.getElementById('webchat').style.display = 'none';
    notice.innerHTML = html;
    notice.style.display = 'block';
  }

  if (!window.WebChat) {
    showNotice('Web Chat 组件缺失：未找到 <code>/lib/webchat.js</code>。<br />' +
      'The Web Chat bundle is missing. Build the project with npm available ' +
      '(<code>dotnet build src/PolicyBot.Web</code> fetches <code>botframework-webchat</code> into <code>wwwroot/lib/</code>).');
    return;
  }

  try {
    // Same-origin token endpoint: the server starts a conversation and chooses the user id (dl_…), which the token carries.
    const response = await fetch('/api/webchat/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}'
    });
    if (!response.ok) { throw new Error('HTTP ' + response.status); }
    const { token, userId: userID } = await response.json();

    window.WebChat.renderWebChat({
      directLine: window.WebChat.createDirectLine({
        domain: location.origin + '/v3/directline',
        // The stream at streamUrl is served by this host; set false to fall back to polling every second.
        webSocket: true,
        token
      }),
      userID,
      username: '访客',
      locale: 'zh-CN',
      styleOptions: {
        accent: '#c8102e',
        botAvatarInitials: '政',
        userAvatarInitials: '我',
        bubbleBorderRadius: 8,
        bubbleFromUserBorderRadius: 8,
        bubbleFromUserBackground: '#fdecee',
        sendBoxHeight: 48,
        hideUploadButton: true
      }
    }, document.getElementById('webchat'));
    document.querySelector('#webchat > *')?.focus();
  } catch (error) {
    showNotice('无法连接到 PolicyBot 服务（' + String(error.message || error) + '）。请稍后刷新页面重试。');
  }
})();
