import { ActionIcon, Menu, Tooltip } from '@mantine/core';
import { IconSend, IconSettings, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSmailyStatus } from '../../../lib/smaily-status/get-smaily-status';

interface ContactOperationsProps {
  /** The form has unsaved changes: a push sends the saved card, so it waits for Salvesta */
  dirty: boolean;
  pending: boolean;
  onPush: () => void;
  /** Unusta Smailys, for administrators (absent for anyone else), with a reason of its own not to be offered */
  forget?: { onForget: () => void; disabledReason: string | null; pending: boolean } | null;
}

/** A reason a menu item is disabled, under it, wrapped to the menu's width. */
function DisabledReason({ children }: { children: string | null }) {
  if (!children) return null;
  return (
    <Menu.Label maw={260} style={{ whiteSpace: 'normal' }}>
      {children}
    </Menu.Label>
  );
}

/**
 * The card's operations menu ("Operatsioonid", the gear of Standard Books). What holds back every item (Smaily
 * not active, unsaved changes) is said once, at the end; an item's own reason under it.
 */
export function ContactOperations({ dirty, pending, onPush, forget }: ContactOperationsProps) {
  const { t } = useTranslation('contacts');
  const status = useSmailyStatus();
  const state = status.data?.state;
  const sharedReason =
    state === 'inactive'
      ? t('push.disabled.inactive')
      : state === 'needs-reactivation'
        ? t('push.disabled.needsReactivation')
        : dirty
          ? t('push.disabled.dirty')
          : null;
  const blocked = sharedReason !== null || !status.data;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Tooltip label={t('push.operations')}>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('push.operations')}
            loading={pending || forget?.pending === true}
          >
            <IconSettings size={18} />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('push.operations')}</Menu.Label>
        <Menu.Item leftSection={<IconSend size={16} />} disabled={blocked} onClick={onPush}>
          {t('push.menuItem')}
        </Menu.Item>
        {forget && (
          <>
            <Menu.Divider />
            {/* red.9: Mantine draws a menu item's colour in its shade 6, 3.3:1 on white. */}
            <Menu.Item
              color="red.9"
              leftSection={<IconUserOff size={16} />}
              disabled={blocked || forget.disabledReason !== null}
              onClick={forget.onForget}
            >
              {t('push.forgetMenuItem')}
            </Menu.Item>
            {!blocked && <DisabledReason>{forget.disabledReason}</DisabledReason>}
          </>
        )}
        <DisabledReason>{sharedReason}</DisabledReason>
      </Menu.Dropdown>
    </Menu>
  );
}
