// What travels through the queue: the job's data and the worker's result. Both must be plain JSON.
export const REPORT_QUEUE = "reports";

export interface ReportJob {
  reportId: string;
}

export interface ReportResult {
  reportId: string;
  primes: number;
  limit: number;
}
