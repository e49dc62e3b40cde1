// Runs in the renderer. The library's stories laid out by publication date, oldest first, so a
// developing story can be read in order. Copies of a story appear once, under its original.
import type { ArticleSummary } from '../../../electron/common/contract';
import { articles } from '../model/library';
import { article, openArticle } from '../model/reader';
import { formatDate, formatPartialDate } from './format';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function monthOf(published: string | null): string {
  const match = published?.match(/^(\d{4})-(\d{2})/);
  return match ? `${MONTHS[Number(match[2]) - 1]} ${match[1]}` : 'Date unknown';
}

export function groupByMonth(list: readonly ArticleSummary[]): Array<[string, ArticleSummary[]]> {
  const stories = list.filter((a) => a.duplicateOf === null);
  // ISO-like dates order as plain strings; localeCompare would cost seconds over 100,000 articles.
  const dated = stories.filter((a) => a.published).sort((a, b) => ((a.published as string) < (b.published as string) ? -1 : (a.published as string) > (b.published as string) ? 1 : 0));
  const groups = new Map<string, ArticleSummary[]>();
  for (const story of [...dated, ...stories.filter((a) => !a.published)]) {
    const key = monthOf(story.published);
    const group = groups.get(key);
    if (group) group.push(story);
    else groups.set(key, [story]);
  }
  return [...groups];
}

export function Timeline() {
  const openId = article.value?.id;
  return (
    <section class="timeline" aria-label="Timeline">
      {groupByMonth(articles.value).map(([month, stories]) => (
        <div class="timeline-month" key={month}>
          <h3>{month}</h3>
          <ol>
            {stories.map((story) => (
              <li key={story.id}>
                <button type="button" class={`timeline-story${story.id === openId ? ' open' : ''}`} onClick={() => void openArticle(story.id)}>
                  <span class="timeline-date">{formatDate(story.published) ?? formatPartialDate(story.publishedPartial) ?? 'Undated'}</span>
                  <span class="item-title">{story.title ?? story.file}</span>
                  <span class="item-meta">{story.site ?? ''}</span>
                </button>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
