// Keeps the duplicate scan's status current while a scan runs, by asking the page for its status block every few
// seconds. Without script the page still works: the status shows as it was when loaded, with a link to refresh.
(() => {
  const intervalMs = 3000;
  const current = () => document.getElementById('scan-status');

  const poll = async () => {
    const block = current();
    if (!block || block.dataset.running !== 'true') {
      return;
    }

    try {
      const response = await fetch(block.dataset.statusUrl, { credentials: 'same-origin', headers: { Accept: 'text/html' } });
      if (response.ok) {
        const next = new DOMParser().parseFromString(await response.text(), 'text/html').getElementById('scan-status');
        if (next) {
          const state = block.querySelector('.scan-state');
          const nextState = next.querySelector('.scan-state');
          // The live region keeps its element so screen readers announce only a change of state, not every count.
          if (state && nextState && state.textContent !== nextState.textContent) {
            state.textContent = nextState.textContent;
          }

          for (const child of [...block.children]) {
            if (child !== state) {
              child.remove();
            }
          }

          for (const child of [...next.children]) {
            if (!child.classList.contains('scan-state')) {
              block.appendChild(child);
            }
          }

          block.dataset.running = next.dataset.running;
        }
      }
    } catch {
      // A failed poll leaves the last status on the page; the next poll tries again.
    }

    if (block.dataset.running === 'true') {
      setTimeout(poll, intervalMs);
    }
  };

  setTimeout(poll, intervalMs);
})();
