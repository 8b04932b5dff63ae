import { useEffect, useState } from 'preact/hooks';
import { PHONE_QUERY } from './phone-screen';

/**
 * Whether the open panel covers the screen (`PHONE_QUERY`: a phone, or a window too short for a floating panel),
 * following the window as it is resized or turned. Where the browser cannot say (no `matchMedia`), it is taken to.
 */
export function useCoversScreen(): boolean {
  const [query] = useState(() => (typeof matchMedia === 'function' ? matchMedia(PHONE_QUERY) : undefined));
  const [covers, setCovers] = useState(query?.matches ?? true);
  useEffect(() => {
    if (!query) return;
    const update = () => setCovers(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, [query]);
  return covers;
}
