/**
 * Saves `text` as a file in the person's downloads: a Blob behind an object URL and a
 * click on an `<a download>`. No `downloads` permission needed; the URL is revoked once
 * the browser has taken the file.
 */
export function saveFile(name: string, text: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The click starts the download synchronously, but revoking in the same task has
    // been seen to cancel it in some browsers; the next task is safe.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
