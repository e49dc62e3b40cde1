// Runs in the renderer. Which rows of a virtualised list to draw: those in its scroller's view, plus
// a few beyond each edge so fast scrolling never shows a gap. Shared by the library list and the
// timeline.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { RowGeometry } from '../model/library-rows';

export function useVirtualWindow<E extends HTMLElement>(geometry: RowGeometry, overscan: number) {
  const scroller = useRef<E>(null);
  const [view, setView] = useState({ top: 0, height: 800 });

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    // Measured when the observer first reports, right after the browser's own layout and before
    // paint: reading clientHeight here would force a layout of the whole page inside the start-up
    // script (over 40 ms on a slow machine), making that one task far longer.
    const measure = () => setView({ top: element.scrollTop, height: element.clientHeight || 800 });
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  /** Takes in the scroller's position (after a scroll, or after moving it). */
  const sync = (): void => {
    const element = scroller.current;
    if (element) setView({ top: element.scrollTop, height: element.clientHeight || view.height });
  };

  const first = Math.max(0, geometry.rowAt(view.top) - overscan);
  const last = Math.min(geometry.count, geometry.rowAt(view.top + view.height) + 1 + overscan);
  return { scroller, first, last, sync };
}
