/** An audit actor: display name, with the username beneath it. */
export function ActorName({ actor }: { actor: { username: string; displayName: string } }) {
  return (
    <span className="yqs-actor">
      <span>{actor.displayName}</span>
      <span className="yqs-muted yqs-mono yqs-actor-username">{actor.username}</span>
    </span>
  );
}
