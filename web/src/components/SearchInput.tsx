import { useEffect, useState } from 'react';
import { Input } from 'antd';

interface Props {
  value: string;
  placeholder: string;
  onSearch: (value: string) => void;
  width?: number;
  testId?: string;
}

/** A search box that follows the URL's `q` and searches on Enter, on the button or when cleared. */
export function SearchInput({ value, placeholder, onSearch, width = 300, testId = 'search-input' }: Props) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <Input.Search
      allowClear
      value={text}
      placeholder={placeholder}
      onChange={(e) => {
        setText(e.target.value);
        if (e.target.value === '' && value !== '') onSearch('');
      }}
      onSearch={(v) => onSearch(v.trim())}
      style={{ width }}
      data-testid={testId}
      enterButton
    />
  );
}
