/**
 * Downloads a file from a same-origin signed link as a real download (the FAQ's "download opens
 * a blank page"): an anchor with `download`, which also keeps the original file name.
 */
export function startDownload(url: string, fileName: string): void {
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
}
