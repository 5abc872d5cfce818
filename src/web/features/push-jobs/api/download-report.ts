import { currentLanguage } from '../../../lib/i18n';

/**
 * The job's report, every contact's outcome as CSV. A plain link: the browser streams the file to disk, however
 * many rows it has, and names it from the server's Content-Disposition. A link cannot send Accept-Language,
 * so it names the app's language itself.
 */
export const pushJobReportUrl = (id: number) => `/api/push-jobs/${id}/report.csv?lang=${currentLanguage()}`;
