/**
 * Hands a file made on the device to the browser as a plain download: an <a download> with an
 * object URL, clicked and removed. Nothing is sent anywhere. Some browsers read the URL after
 * click() returns, so it is freed a little later.
 */
export function downloadFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
