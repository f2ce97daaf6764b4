import type { ReactNode } from 'react';
import DatePicker from 'antd/es/date-picker';
import Input from 'antd/es/input';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ReferenceItem } from '../../api/types';
import { duePresets } from './dueFilter';
import { regionName } from './inboxColumns';
import { processKeys } from './processes';
import { SavedFilters } from './SavedFilters';
import type { useInboxUrlState } from './useInboxUrlState';

interface Props {
  state: ReturnType<typeof useInboxUrlState>;
  /** The regions offered: the reviewer's own, or every region for someone without a regional group. */
  regionCodes: string[];
  regionByCode: Map<string, ReferenceItem>;
  regionsLoading: boolean;
  /** Buttons after the filters (bulk claim, refresh). */
  children?: ReactNode;
}

/** Search, process, region and due-date filters and the saved filters, all kept in the URL (but an ID number). */
export function InboxFilters({ state, regionCodes, regionByCode, regionsLoading, children }: Props) {
  const { t, i18n } = useTranslation();
  const { update, duePreset, dueFrom, dueTo } = state;

  return (
    <Space className="inbox-filters" wrap>
      <Input.Search
        allowClear
        style={{ width: 280 }}
        placeholder={t('inboxSearch.placeholder')}
        aria-label={t('inboxSearch.placeholder')}
        data-testid="inbox-search"
        defaultValue={state.text}
        onSearch={state.search}
      />
      <Select
        allowClear
        style={{ width: 200 }}
        placeholder={t('inbox.filterProcess')}
        value={state.processKey}
        onChange={(value?: string) => update({ process: value, page: undefined })}
        options={processKeys.map((key) => ({ value: key, label: t(`process.${key}`) }))}
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 220 }}
        placeholder={t('inbox.filterRegion')}
        loading={regionsLoading}
        value={state.regionCode}
        onChange={(value?: string) => update({ region: value, page: undefined })}
        options={regionCodes.map((code) => ({ value: code, label: regionName(regionByCode.get(code), i18n.language) ?? t('inboxSearch.provinceWide') }))}
      />
      <Select
        allowClear
        style={{ width: 160 }}
        placeholder={t('inboxDue.filter')}
        aria-label={t('inboxDue.filter')}
        data-testid="inbox-due-filter"
        value={duePreset}
        onChange={(value?: string) => update({ due: value, dueFrom: undefined, dueTo: undefined, page: undefined })}
        options={duePresets.map((preset) => ({ value: preset, label: t(`inboxDue.${preset}`) }))}
      />
      {duePreset === 'range' && (
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          aria-label={t('inboxDue.range')}
          data-testid="inbox-due-range"
          value={[dueFrom ? dayjs(dueFrom) : null, dueTo ? dayjs(dueTo) : null]}
          onChange={(dates) => update({ dueFrom: dates?.[0]?.format('YYYY-MM-DD'), dueTo: dates?.[1]?.format('YYYY-MM-DD'), page: undefined })}
        />
      )}
      <SavedFilters currentQuery={state.savedQuery()} onOpen={state.openSaved} />
      {children}
    </Space>
  );
}
