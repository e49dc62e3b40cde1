// Runs in Node (tests). A library list entry for the renderer's model tests: an unread article with
// no site, date, versions or annotations, unless the test says otherwise.
import type { ArticleSummary } from '../../electron/common/contract.js';

export function summary(id: string, fields: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id,
    file: `${id}.txt`,
    title: id,
    site: null,
    published: null,
    publishedPartial: null,
    duplicateOf: null,
    highlightCount: 0,
    hasNote: false,
    read: false,
    progress: 0,
    ...fields,
  };
}
