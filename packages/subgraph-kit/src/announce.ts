/**
 * Tells a parent process (the platform launcher, over its IPC channel) which port this service
 * listens on. Services started with PORT=0 let the OS pick a free port at bind time, so two test
 * runs on one machine cannot race for the same port; the launcher learns the port from here.
 */
export function announceListening(port: number): void {
  process.send?.({ type: 'zjtx:listening', port });
}
