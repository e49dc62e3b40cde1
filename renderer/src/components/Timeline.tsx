// Runs in the renderer. The library's stories laid out by publication date, oldest first, so a
// developing story can be read in order. Copies of a story appear once, under its original.
// Virtualised like the library list: rows have fixed heights and only those in view are drawn.
import { useMemo } from 'preact/hooks';
import { RowGeometry } from '../model/library-rows';
import { article, openArticle } from '../model/reader';
import { timeline } from '../model/library-view';
import { formatDate, formatPartialDate } from './format';
import { useVirtualWindow } from './virtual-window';

/** A story's row: its date, two lines of title and its site, in Inter at the list's size, with room
 * to spare (at 88 px the flexbox squeezed the title and cut its descenders off). */
const STORY_ROW = 94;
const MONTH_ROW = 48;
const OVERSCAN = 8;

export function Timeline() {
  const openId = article.value?.id;
  const { rows, headings } = timeline.value;
  const geometry = useMemo(() => new RowGeometry(rows.length, headings, STORY_ROW, MONTH_ROW), [rows, headings]);
  const { scroller, first, last, sync } = useVirtualWindow<HTMLElement>(geometry, OVERSCAN);

  return (
    <section class="timeline" aria-label="Timeline" ref={scroller} onScroll={sync}>
      <div class="timeline-rows" style={{ height: `${geometry.total}px` }}>
        {rows.slice(first, last).map((row, i) => {
          const style = { top: `${geometry.top(first + i)}px`, height: `${geometry.height(first + i)}px` };
          if (typeof row === 'string') {
            return (
              <h3 key={`month ${row}`} class="timeline-month" style={style}>
                {row}
              </h3>
            );
          }
          return (
            <div key={row.id} class="timeline-entry" style={style}>
              <button type="button" class={`timeline-story${row.id === openId ? ' open' : ''}`} onClick={() => void openArticle(row.id)}>
                <span class="timeline-date">{formatDate(row.published) ?? formatPartialDate(row.publishedPartial) ?? 'Undated'}</span>
                <span class="item-title">{row.title ?? row.file}</span>
                <span class="item-meta">{row.site ?? ''}</span>
              </button>
            </div>
          );
        })}
      </div>
    </section>
  );
}
