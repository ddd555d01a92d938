/**
 * Open and save real files: the File System Access API where the browser has it (save writes back to
 * the same file), a download / file input otherwise.
 */

export interface OpenedFile { name: string; text: string; handle: FileSystemFileHandleLike | null }

/** The subset of FileSystemFileHandle the studio uses (not in every TS DOM lib). */
export interface FileSystemFileHandleLike {
  name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
}

type PickerWindow = Window & {
  showOpenFilePicker?: (options: object) => Promise<FileSystemFileHandleLike[]>;
  showSaveFilePicker?: (options: object) => Promise<FileSystemFileHandleLike>;
};

/** Largest rules file the studio opens (the compiler's own limit is 2,000,000 characters). */
export const MAX_OPEN_BYTES = 4 * 1024 * 1024;

const YAML_TYPES = [{ description: 'Rules (YAML)', accept: { 'application/x-yaml': ['.yaml', '.yml'] } }];

export function hasFileSystemAccess(win: Window = window): boolean {
  return typeof (win as PickerWindow).showOpenFilePicker === 'function';
}

export async function readTextFile(file: File): Promise<string> {
  if (file.size > MAX_OPEN_BYTES) throw new RangeError(`${file.name} is ${file.size} bytes; the studio opens rules files up to ${MAX_OPEN_BYTES} bytes.`);
  const text = await file.text();
  if (text.includes('\u0000')) throw new TypeError(`${file.name} is not a text file.`);
  return text;
}

/** Asks for a file; resolves null when the user cancels. `fallbackInput` is used without the API. */
export async function openFile(fallbackInput: HTMLInputElement): Promise<OpenedFile | null> {
  const win = window as PickerWindow;
  if (win.showOpenFilePicker) {
    try {
      const [handle] = await win.showOpenFilePicker({ types: YAML_TYPES, multiple: false });
      if (!handle) return null;
      const file = await handle.getFile();
      return { name: file.name, text: await readTextFile(file), handle };
    } catch (error) {
      if ((error as Error).name === 'AbortError') return null;
      throw error;
    }
  }
  return pickWithInput(fallbackInput);
}

/** Reads the file chosen in a file input (upload fallback). */
export function pickWithInput(input: HTMLInputElement): Promise<OpenedFile | null> {
  return new Promise((resolve, reject) => {
    const done = async () => {
      input.removeEventListener('change', done);
      const file = input.files?.[0];
      input.value = '';
      if (!file) return resolve(null);
      try {
        resolve({ name: file.name, text: await readTextFile(file), handle: null });
      } catch (error) {
        reject(error);
      }
    };
    input.addEventListener('change', done);
    input.click();
  });
}

/** Saves to `handle` (or asks where, with the API); without the API, downloads the file. */
export async function saveFile(text: string, name: string, handle: FileSystemFileHandleLike | null, saveAs = false): Promise<FileSystemFileHandleLike | null> {
  const win = window as PickerWindow;
  if (win.showSaveFilePicker) {
    try {
      const target = !saveAs && handle ? handle : await win.showSaveFilePicker({ suggestedName: name, types: YAML_TYPES });
      const writable = await target.createWritable();
      await writable.write(text);
      await writable.close();
      return target;
    } catch (error) {
      if ((error as Error).name === 'AbortError') return handle;
      throw error;
    }
  }
  download(text, name, 'application/x-yaml');
  return null;
}

export function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
