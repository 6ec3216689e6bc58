import type { MouseEvent } from 'react';

/** GOV.UK back link: a real link (so it can be opened or copied), handled in-page. */
export function BackLink({
  label,
  href,
  onBack,
}: {
  label: string;
  href: string;
  onBack: () => void;
}) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    onBack();
  };
  return (
    <a className="back-link" href={href} onClick={onClick}>
      {label}
    </a>
  );
}
