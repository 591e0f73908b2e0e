/** The tool could not do its job (usage error, unreadable file, config that is not JSON): exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
