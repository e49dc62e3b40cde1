// Runs in the renderer. The left pane: search over everything, and the library as a list or a timeline.
import { openBestResult, searchQuery, setSearchQuery } from '../model/search';
import { sidebarTab, type SidebarTab } from '../model/view';
import { LibraryPane } from './LibraryPane';
import { SearchResults } from './SearchResults';
import { Timeline } from './Timeline';

const TABS: ReadonlyArray<[SidebarTab, string]> = [
  ['library', 'Library'],
  ['timeline', 'Timeline'],
];

export function Sidebar() {
  const searching = searchQuery.value.trim() !== '';
  return (
    <nav class="library-pane" aria-label="Library pane">
      <div class="sidebar-tools">
        <input
          id="search-box"
          class="search-box"
          type="search"
          aria-label="Search"
          placeholder="Search everything   /"
          value={searchQuery.value}
          onInput={(event) => setSearchQuery(event.currentTarget.value)}
          onKeyDown={(event) => {
            // Keys pressed while a Japanese or Chinese input method composes are its own: Enter
            // confirms the composition, Escape cancels it, the arrows choose among its candidates.
            if (event.isComposing) return;
            if (event.key === 'Escape') {
              setSearchQuery('');
              event.currentTarget.blur();
            }
            if (event.key === 'ArrowDown') {
              document.querySelector<HTMLButtonElement>('.search-results .result')?.focus();
              event.preventDefault();
            }
            if (event.key === 'Enter') {
              // The best result opens, and the keys go to the reader (Space pages down the story).
              const box = event.currentTarget;
              event.preventDefault();
              void openBestResult().then((opened) => opened && box.blur());
            }
          }}
        />
        {!searching && (
          <div role="tablist" class="tabs" aria-label="Library views">
            {TABS.map(([tab, label]) => (
              <button key={tab} type="button" role="tab" aria-selected={sidebarTab.value === tab} onClick={() => (sidebarTab.value = tab)}>
                {label}
              </button>
            ))}
          </div>
        )}
      </div>
      {searching ? <SearchResults /> : sidebarTab.value === 'timeline' ? <Timeline /> : <LibraryPane />}
    </nav>
  );
}
