/**
 * Hands a file to the browser as a download: a Blob, an object URL and a click on an
 * <a download>. The URL is revoked on the next tick, after the click has started the download.
 */
/* global document, URL, Blob, setTimeout */
import type { ExportFile } from "./export-files";

/** What the Export view calls; tests pass a recorder instead. */
export type SaveFile = (file: ExportFile) => void;

export const saveFile: SaveFile = (file) => {
  const url = URL.createObjectURL(new Blob([file.bytes], { type: file.mimeType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file.fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
};
