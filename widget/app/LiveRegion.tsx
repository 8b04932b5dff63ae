interface LiveRegionProps {
  text: string;
}

/** Reads each new answer aloud to screen-reader users without moving their focus from the question box. */
export function LiveRegion({ text }: LiveRegionProps) {
  return (
    <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}
