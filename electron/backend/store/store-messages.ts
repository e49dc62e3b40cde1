// Runs in Node. Sentences the store shows people (the start-up banner, error messages), kept in one place.
import type { DataFileError } from './atomic-json-file.js';

/** The file declares a format newer than this build understands: leave it alone, do not quarantine. */
export class NewerDataFileError extends Error {
  constructor(readonly version: number) {
    super(`the file uses data format ${version}, newer than this version of Lectern understands`);
    this.name = 'NewerDataFileError';
  }
}

/** A short reason from any thrown value, for messages. */
export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const WHAT_WENT_WRONG: Record<DataFileError['problem'], string> = {
  unreadable: 'could not be read',
  'not-json': 'was damaged (it is not valid JSON)',
  invalid: 'was damaged (its contents are not in the expected format)',
};

/** The banner text after a damaged data file was moved aside. Names the full path of the moved file. */
export function dataFileWarning(error: DataFileError, movedTo: string): string {
  return (
    `Lectern's data file ${error.file} ${WHAT_WENT_WRONG[error.problem]}, so it was moved aside to ` +
    `${movedTo} and Lectern started with no highlights or notes. Nothing in it was deleted: ` +
    'keep that file if you want to recover your annotations.'
  );
}

/** The banner text after a damaged data file was moved aside and a backup put in its place. */
export function restoredWarning(error: DataFileError, movedTo: string, backup: string): string {
  return (
    `Lectern's data file ${error.file} ${WHAT_WENT_WRONG[error.problem]}, so it was moved aside to ${movedTo} ` +
    `and your highlights and notes were restored from the backup ${backup}. Changes made after that backup ` +
    'may be missing; the damaged file was kept in case you need them.'
  );
}
