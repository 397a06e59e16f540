/**
 * The protection code (db/encryption/protection.ts): loading it puts the sealing under the
 * database, so it is loaded only when this device is protected or is being protected.
 */
export const protectionCode = () => import('../../db/encryption/protection');
