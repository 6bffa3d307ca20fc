// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { showUpdatePrompt } from './update-prompt.ts';

const byText = (label: string) => [...document.querySelectorAll('button')].find((b) => b.textContent === label)!;

describe('the update prompt', () => {
  it('announces the new version once; Reload asks once, Later removes it', () => {
    const onReload = vi.fn();
    showUpdatePrompt(onReload);
    showUpdatePrompt(onReload);
    expect(document.querySelectorAll('[role="region"][aria-label="Update"]')).toHaveLength(1);
    expect(document.querySelector('[role="status"]')?.textContent).toBe('A new version is ready.');
    byText('Reload').click();
    byText('Reload').click();
    expect(onReload).toHaveBeenCalledOnce();
    byText('Later').click();
    expect(document.getElementById('update-prompt')).toBeNull();
  });
});
