// The fieldwork monitor's live numbers. An enhancement only: without this file the page shows the
// figures of when it was loaded, and reloading it shows new ones.
(() => {
  const root = document.querySelector('[data-monitor-source]');
  if (!root) return;
  const source = root.getAttribute('data-monitor-source');
  const every = 30_000;
  let paused = false;
  let timer;

  // The controls exist only when updates can happen: a button to pause them (WCAG 2.2.2) and the
  // time of the last update. Not a live region: numbers changing every half minute are not news.
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button button-secondary';
  button.setAttribute('aria-pressed', 'false');
  button.textContent = root.getAttribute('data-pause') || 'Pause';
  const status = document.createElement('p');
  status.className = 'meta';
  root.append(button, status);

  button.addEventListener('click', () => {
    paused = !paused;
    button.setAttribute('aria-pressed', String(paused));
    button.textContent = root.getAttribute(paused ? 'data-resume' : 'data-pause') || '';
    if (!paused) refresh();
  });

  async function refresh() {
    clearTimeout(timer);
    if (paused) return;
    if (document.visibilityState === 'visible') {
      try {
        const reply = await fetch(source, {
          credentials: 'same-origin',
          headers: { accept: 'application/json' },
        });
        const type = reply.headers.get('content-type') || '';
        // Signed out (the session ended): the reply is the sign-in page; stop asking.
        if (!reply.ok || !type.includes('application/json')) return;
        const data = await reply.json();
        const figures = data.figures || {};
        for (const element of document.querySelectorAll('[data-figure]')) {
          const value = figures[element.getAttribute('data-figure')];
          if (typeof value === 'string' && element.textContent !== value) element.textContent = value;
        }
        const time = new Date().toLocaleTimeString(document.documentElement.lang || undefined, {
          hour: '2-digit',
          minute: '2-digit',
        });
        status.textContent = (root.getAttribute('data-updated') || '{time}').replace('{time}', time);
      } catch {
        // Offline for a moment: try again at the next tick.
      }
    }
    timer = setTimeout(refresh, every);
  }

  timer = setTimeout(refresh, every);
})();
