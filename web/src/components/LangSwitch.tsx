import { Button, Dropdown } from 'antd';
import { TranslationOutlined } from '@ant-design/icons';
import { useLang, useT, type Lang } from '../i18n';

/** 简体中文 / English switch (data-testid="lang-switch"; options "lang-option-zh" / "lang-option-en"). */
export function LangSwitch({ dark = false }: { dark?: boolean }) {
  const t = useT();
  const [lang, setLang] = useLang();
  const options: Lang[] = ['zh', 'en'];
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [lang],
        items: options.map((code) => ({
          key: code,
          label: <span data-testid={`lang-option-${code}`}>{t(code === 'zh' ? 'lang.zh' : 'lang.en')}</span>,
        })),
        onClick: ({ key }) => setLang(key as Lang),
      }}
    >
      <Button
        type="text"
        icon={<TranslationOutlined />}
        data-testid="lang-switch"
        aria-label={t('lang.switch')}
        className={dark ? 'yqs-header-btn' : undefined}
      >
        <span className="yqs-hide-phone">{t(lang === 'zh' ? 'lang.zh' : 'lang.en')}</span>
      </Button>
    </Dropdown>
  );
}
