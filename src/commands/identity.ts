/** The local user's name, asked once and kept in settings; stamped on every change-log entry. */
let userName = '';

export const USER_NAME_SETTING = 'userName';

export function setUserName(name: string): void {
  userName = name.trim();
}

export function currentUserName(): string {
  return userName || 'Unnamed user';
}
