import type { Comment, CommentList } from '@sanad/shared/schemas/workflow';
import type { CommentThread, CommentView } from './comments.repository.ts';

/** The API shape of a comment. */
export function presentComment({ row, author }: CommentView): Comment {
  return {
    id: row.id,
    claimId: row.claimId,
    author,
    body: row.body,
    resolved: row.resolved,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/** The API shape of a claim's discussion. */
export function presentCommentList(thread: CommentThread): CommentList {
  return { comments: thread.comments.map(presentComment), hidden: thread.hidden };
}
