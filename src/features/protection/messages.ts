/** Said plainly wherever a passphrase is asked for or chosen. */
export const FORGOTTEN =
  'If the passphrase is forgotten, the boards on this device cannot be read by anyone. There is no way back.';
