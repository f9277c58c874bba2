import { type Logger as BoltLogger, LogLevel as BoltLogLevel, type LogLevel } from '@slack/bolt';
import pino from 'pino';

interface LoggerGlobal {
  __homeroomLogger?: pino.Logger;
}
const store = globalThis as LoggerGlobal;

/** One JSON line per entry on stdout; the level comes from LOG_LEVEL through the caller. */
export function getLogger(level = 'info'): pino.Logger {
  store.__homeroomLogger ??= pino({ level, base: { app: 'homeroom' } });
  return store.__homeroomLogger;
}

const toPino: Record<LogLevel, string> = {
  [BoltLogLevel.DEBUG]: 'debug',
  [BoltLogLevel.INFO]: 'info',
  [BoltLogLevel.WARN]: 'warn',
  [BoltLogLevel.ERROR]: 'error',
};

/** Bolt's Logger interface over pino, so Bolt's own messages land in the same stream. */
export function boltLogger(log: pino.Logger): BoltLogger {
  const child = log.child({ component: 'bolt' });
  const join = (msg: unknown[]) => msg.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
  return {
    debug: (...msg) => child.debug(join(msg)),
    info: (...msg) => child.info(join(msg)),
    warn: (...msg) => child.warn(join(msg)),
    error: (...msg) => child.error(join(msg)),
    setLevel: (level) => {
      child.level = toPino[level];
    },
    getLevel: () =>
      (Object.entries(toPino).find(([, v]) => v === child.level)?.[0] as LogLevel) ?? BoltLogLevel.INFO,
    setName: () => {},
  };
}
