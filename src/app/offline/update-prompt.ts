/**
 * A newer build is installed and waiting: say so, and let the trainee choose the moment (a reload
 * resumes the attempt from the browser's saved copy). Plain DOM in its own box outside the lab's
 * React tree: it may appear at any moment, and React here would reshuffle the first-load chunks.
 */
export function showUpdatePrompt(onReload: () => void, doc: Document = document): void {
  if (doc.getElementById('update-prompt')) return;
  const box = doc.createElement('div');
  box.id = 'update-prompt';
  box.className = 'window update-prompt';
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', 'Update');
  // Above the taskbar, bottom right (inline: a stylesheet here would be one more file in the first load's preload list).
  box.style.cssText = 'position:fixed;right:12px;bottom:40px;z-index:1000;max-width:18rem';
  const body = doc.createElement('div');
  body.className = 'window-body';
  const text = doc.createElement('p');
  text.setAttribute('role', 'status');
  text.textContent = 'A new version is ready.';
  text.style.margin = '0 0 8px';
  const button = (label: string, onClick: () => void) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.addEventListener('click', onClick);
    return b;
  };
  const reload = button('Reload', () => {
    reload.disabled = true;
    onReload();
  });
  body.append(text, reload, doc.createTextNode(' '), button('Later', () => box.remove()));
  box.append(body);
  doc.body.append(box);
}
