import { NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { isScreen, type NavScreen, type NavSection } from './navigation';

function MenuItem({ item, onNavigate }: { item: NavScreen | NavSection; onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  if (isScreen(item)) {
    const active = pathname === item.to || pathname.startsWith(`${item.to}/`);
    return (
      <NavLink
        component={Link}
        to={item.to}
        label={t(item.label)}
        active={active}
        aria-current={active ? 'page' : undefined}
        onClick={onNavigate}
      />
    );
  }
  // Sections stay open, as Standard Books' module tree does: every screen is one click away.
  return (
    <NavLink label={t(item.label)} defaultOpened childrenOffset="sm">
      {item.items.map((child) => (
        <MenuItem key={isScreen(child) ? child.to : child.label} item={child} onNavigate={onNavigate} />
      ))}
    </NavLink>
  );
}

export function NavigationMenu({ sections, onNavigate }: { sections: readonly NavSection[]; onNavigate: () => void }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.label')}>
      {sections.map((section) => (
        <MenuItem key={section.label} item={section} onNavigate={onNavigate} />
      ))}
    </nav>
  );
}
