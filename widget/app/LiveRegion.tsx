import { useEffect, useState } from 'preact/hooks';

interface LiveRegionProps {
  text: string;
  open: boolean;
  /** Whether the panel is open now, not as of the render whose effect runs: the controller's word. */
  isOpenNow: () => boolean;
}

/**
 * Reads each new answer aloud to screen-reader users without moving their focus from the question box. A screen
 * reader says what changes in a region it can see: an answer the page asked for while the panel was closed,
 * set before the panel shows or in the same render, would go unsaid. So the text comes in an effect, after the
 * frame that shows the panel, and only while it is open; the last answer is not said again on reopening. Open
 * now, too: a visitor who presses Escape right after Enter closes the panel before the effect of the answer's
 * render has run (Preact runs it as the closing render starts), and the answer would be set as the panel hides,
 * never said; it is said when the panel shows again.
 */
export function LiveRegion({ text, open, isOpenNow }: LiveRegionProps) {
  const [said, setSaid] = useState('');
  useEffect(() => {
    if (open && isOpenNow()) setSaid(text);
  }, [text, open]);
  return (
    <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {said}
    </div>
  );
}
