/** Props shared by views. Instants are ISO 8601 strings so fixtures stay plain JSON. */

export type Location = 'office' | 'remote';
export type Role = 'member' | 'approver' | 'admin';

export interface ViewMember {
  userId: string;
  name: string;
  /** IANA zone, e.g. Asia/Seoul. */
  timeZone: string;
  /** BCP 47, e.g. en-US. */
  locale: string;
  role: Role;
}

export interface ViewSession {
  checkInAt: string;
  /** Absent while the session is open. */
  checkOutAt?: string | null;
  location: Location;
  note?: string | null;
  autoClosed: boolean;
}

export interface ViewAttendance {
  open?: ViewSession | null;
  todayMinutes: number;
  todaySessions: ViewSession[];
  /** Seven local days, Monday first. */
  week: { date: string; minutes: number }[];
  weekMinutes: number;
  /** Set when the auto-close job ended a session today or yesterday. */
  recentAutoClose?: ViewSession | null;
}

export interface ViewPresence {
  userId: string;
  since: string;
  location: Location;
}

/** A hosted image, as thread replies and the Home tab show it. */
export interface ViewUpload {
  id: number;
  /** File name as shared in Slack. */
  name: string;
  url: string;
  width: number;
  height: number;
  bytes: number;
  mimeType: string;
  link?: string | null;
  description?: string | null;
  createdAt: string;
}
