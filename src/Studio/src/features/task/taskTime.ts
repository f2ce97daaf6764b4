import dayjs from 'dayjs';

/** A time on the task screens, to the minute; a dash when there is none. */
export const formatTaskTime = (iso?: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');
