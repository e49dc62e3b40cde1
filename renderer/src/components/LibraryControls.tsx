// Runs in the renderer. Sorting and narrowing the library list, with counts.
import { annotatedOnly, clearFilters, filtersActive, readFilter, siteCounts, siteFilter, sortKey, type ReadFilter, type SortKey } from '../model/library-view';

export function LibraryControls() {
  return (
    <div class="library-controls">
      <label>
        <span class="control-label">Sort</span>
        <select aria-label="Sort by" value={sortKey.value} onChange={(e) => (sortKey.value = e.currentTarget.value as SortKey)}>
          <option value="date">Newest first</option>
          <option value="title">Title</option>
          <option value="site">Site</option>
        </select>
      </label>
      <label>
        <span class="control-label">Site</span>
        <select aria-label="Filter by site" value={siteFilter.value} onChange={(e) => (siteFilter.value = e.currentTarget.value)}>
          <option value="">All sites</option>
          {siteCounts.value.map(([site, count]) => (
            <option key={site} value={site}>
              {site} ({count})
            </option>
          ))}
        </select>
      </label>
      <label>
        <span class="control-label">Show</span>
        <select aria-label="Filter by reading" value={readFilter.value} onChange={(e) => (readFilter.value = e.currentTarget.value as ReadFilter)}>
          <option value="all">Read and unread</option>
          <option value="unread">Unread</option>
          <option value="read">Read</option>
        </select>
      </label>
      <label class="checkbox">
        <input type="checkbox" checked={annotatedOnly.value} onChange={(e) => (annotatedOnly.value = e.currentTarget.checked)} />
        Has notes or highlights
      </label>
      {filtersActive.value && (
        <button type="button" class="link-button" onClick={clearFilters}>
          Clear filters
        </button>
      )}
    </div>
  );
}
