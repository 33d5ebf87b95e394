import { type Actor, actorRef } from '../../lib/actor.ts';
import type { EventBus, StreamMessage } from '../../lib/event-bus.ts';
import { notFound } from '../../lib/app-error.ts';
import type { ArticlesRepository } from '../articles/articles.repository.ts';

/** An actor's open view of an article: subscribe to it under a connection id; the returned function leaves. */
export interface ArticleViewer {
  subscribe(connection: string, listener: (message: StreamMessage) => void): () => void;
}

/** Live updates: who may open an article's stream, and joining and leaving its presence. */
export class EventsService {
  constructor(
    private readonly articles: ArticlesRepository,
    private readonly bus: EventBus,
  ) {}

  /** Opens an article's stream for the actor (404 when the article does not exist). */
  async open(actor: Actor, articleId: number): Promise<ArticleViewer> {
    if (!(await this.articles.findById(articleId))) throw notFound('article', articleId);
    return {
      subscribe: (connection, listener) => {
        const unsubscribe = this.bus.subscribe(articleId, listener);
        this.bus.join(articleId, connection, actorRef(actor));
        return () => {
          unsubscribe();
          this.bus.leave(articleId, connection);
        };
      },
    };
  }
}
