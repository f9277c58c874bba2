import styles from '../block-kit.module.css';
import { objs, str } from '../composition/json';
import type { BlockProps } from './block-props';
import { TaskCard } from './task-card';

/** Plan: a titled sequence of task cards. */
export function PlanBlock({ block, ctx }: BlockProps) {
  return (
    <div className={styles.card}>
      <div className={styles.cardTitle}>{str(block.title)}</div>
      {objs(block.tasks).map((task, index) => (
        <TaskCard key={str(task.task_id) ?? index} task={task} ctx={ctx} />
      ))}
    </div>
  );
}
