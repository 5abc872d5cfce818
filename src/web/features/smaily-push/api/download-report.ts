/**
 * The job's report, every contact's outcome as CSV. A plain link: the browser streams the file to disk, however
 * many rows it has, and names it from the server's Content-Disposition.
 */
export const pushJobReportUrl = (id: number) => `/api/push-jobs/${id}/report.csv`;
