/** Saves text as a file through a temporary <a download> (no network). */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** `2024-05-01-1405`, safe in file names. */
export const fileStamp = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', '-').replace(':', '');
