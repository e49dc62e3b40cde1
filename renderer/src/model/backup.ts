// Runs in the renderer. "Back up everything…" and "Restore from backup…": a download and a file
// picker in the browser, native dialogs on the desktop. A restore reloads what is shown.
import { api, messageOf } from '../api/client';
import { appInfo, reloadLibrary } from './library';
import { flushHighlightNote } from './highlight-note';
import { flushNote } from './note';
import { article, openArticle } from './reader';
import { complain, tell } from './status';
import { downloadText } from '../dom/download';

export async function backUpCommand(): Promise<void> {
  await Promise.all([flushNote(), flushHighlightNote()]);
  try {
    if (appInfo.value?.mode !== 'electron') {
      const { fileName, json } = await api.createBackup();
      downloadText(fileName, json, 'application/json');
      return tell(`Backed up everything to “${fileName}”.`);
    }
    const file = await api.choosePath({ kind: 'save-file', title: 'Back up everything…', defaultName: 'Lectern backup.json', extension: 'json' });
    if (!file) return;
    const { files } = await api.backupTo(file);
    tell(`Backed up everything to ${files[0] ?? file}`);
  } catch (error) {
    complain(messageOf(error));
  }
}

export async function restoreCommand(): Promise<void> {
  await Promise.all([flushNote(), flushHighlightNote()]);
  try {
    if (appInfo.value?.mode === 'electron') {
      const file = await api.choosePath({ kind: 'open-file', title: 'Restore from backup…', extension: 'json' });
      if (file) await afterRestore((await api.restoreBackupFile(file)).message);
      return;
    }
    const picked = await pickFile();
    if (picked) await afterRestore((await api.restoreBackup(await picked.text(), picked.name)).message);
  } catch (error) {
    complain(messageOf(error));
  }
}

async function afterRestore(message: string): Promise<void> {
  await reloadLibrary();
  const open = article.value;
  if (open) await openArticle(open.id);
  document.documentElement.dataset.restored = 'true';
  tell(message);
}

/** The browser's own file chooser: the page cannot see the server's disk, but it can read what is picked. */
function pickFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.className = 'restore-input';
    input.setAttribute('aria-label', 'Backup file');
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}
