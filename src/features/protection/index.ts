// The protection feature's public API. Only ProtectionPart.tsx is in the app's first download:
// the lock screen, the dialogs, the idle lock and the lock key are a chunk of their own
// (ProtectionUi), and the sealing code (db/encryption/protection.ts) is loaded only on a protected
// device.
export { ProtectionPart, protectionChannel, protectionGate, useProtection } from './ProtectionPart';
