// Today's date as content writes it.

/** Today as YYYY-MM-DD in local time: the day the trainer made the change. */
export function today(now = new Date()): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
