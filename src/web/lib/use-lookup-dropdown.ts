import { useState, type KeyboardEvent } from 'react';

/**
 * Standard Books' habit for code fields: Ctrl+Enter opens the list of choices. Spread the result into a
 * Mantine Select, MultiSelect or Autocomplete.
 */
export function useLookupDropdown() {
  const [opened, setOpened] = useState(false);
  return {
    dropdownOpened: opened,
    onDropdownOpen: () => setOpened(true),
    onDropdownClose: () => setOpened(false),
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        setOpened(true);
      }
    },
  };
}
