import { db } from '../../db/database';

/**
 * The protection code (db/encryption/protection.ts): loading it puts the sealing under the
 * database, so it is loaded only when this device is protected or is being protected.
 */
export const protectionCode = () => import('../../db/encryption/protection');

/**
 * The protection setting's row, read raw (it is never sealed): there is one while the device is
 * protected, or a pass is under way. Its key is written out here, not imported from
 * protectionSetting.ts, so this chunk does not share that file (and its schema) with the sealing.
 */
export const protectionRow = () => db().settings.get('encryption');
