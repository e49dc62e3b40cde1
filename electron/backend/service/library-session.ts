// Runs in Node. The library that is open right now: its folder, its index, and lookups into it.
import type { IndexedArticle, LibraryIndex } from '../indexer/article.js';
import { indexLibrary } from '../indexer/index-library.js';
import { LecternError } from './api-error.js';

export class LibrarySession {
  readonly #byId: Map<string, IndexedArticle>;

  private constructor(
    readonly index: LibraryIndex,
    /** True for the bundled default library. */
    readonly bundled: boolean,
  ) {
    this.#byId = new Map(index.articles.map((article) => [article.id, article]));
  }

  static async open(folder: string, bundled: boolean): Promise<LibrarySession> {
    try {
      return new LibrarySession(await indexLibrary(folder), bundled);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new LecternError('not-found', message);
    }
  }

  get folder(): string {
    return this.index.folder;
  }

  article(articleId: string): IndexedArticle {
    const article = this.#byId.get(articleId);
    if (!article) throw new LecternError('not-found', 'That article is not in the open library any more.');
    return article;
  }
}
