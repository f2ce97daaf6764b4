import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import Popconfirm from 'antd/es/popconfirm';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError';
import { fieldTexts, problemDetail } from '../errors/problemText';
import { inboxApi } from './inboxApi';

/**
 * The reviewer's named filters: picking one opens its URL (so a saved filter and a shared link are the same thing);
 * saving stores the current URL's query without the search text.
 */
export function SavedFilters({ currentQuery, onOpen }: { currentQuery: string; onOpen: (query: string) => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [selected, setSelected] = useState<string>();
  const filters = useQuery({ queryKey: ['saved-filters'], queryFn: inboxApi.savedFilters });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['saved-filters'] });
  const fail = (e: unknown) =>
    void message.error(e instanceof ApiError ? (Object.values(fieldTexts(t, i18n.language, e))[0]?.[0] ?? problemDetail(t, i18n.language, e)) : t('error.network'));
  const save = useMutation({
    mutationFn: () => inboxApi.saveFilter(name.trim(), currentQuery),
    onSuccess: () => {
      void message.success(t('inboxSaved.saved'));
      setNaming(false);
      setName('');
      void refresh();
    },
    onError: fail,
  });
  const remove = useMutation({
    mutationFn: (id: string) => inboxApi.deleteFilter(id),
    onSuccess: () => {
      setSelected(undefined);
      void refresh();
    },
    onError: fail,
  });

  return (
    <Space.Compact>
      <Select
        allowClear
        style={{ width: 200 }}
        placeholder={t('inboxSaved.pick')}
        aria-label={t('inboxSaved.pick')}
        data-testid="inbox-saved-filters"
        value={selected}
        onChange={(id?: string) => {
          setSelected(id);
          const filter = filters.data?.find((f) => f.id === id);
          if (filter) onOpen(filter.query);
        }}
        options={(filters.data ?? []).map((f) => ({ value: f.id, label: f.name }))}
      />
      {selected && (
        <Popconfirm title={t('inboxSaved.confirmDelete')} onConfirm={() => remove.mutate(selected)}>
          <Button danger>{t('inboxSaved.delete')}</Button>
        </Popconfirm>
      )}
      <Button onClick={() => setNaming(true)} data-testid="inbox-save-filter">
        {t('inboxSaved.save')}
      </Button>
      <Modal
        open={naming}
        title={t('inboxSaved.save')}
        okText={t('inboxSaved.ok')}
        cancelText={t('inboxSaved.cancel')}
        okButtonProps={{ disabled: !name.trim(), loading: save.isPending }}
        onOk={() => save.mutate()}
        onCancel={() => setNaming(false)}
      >
        <Input
          autoFocus
          maxLength={60}
          value={name}
          placeholder={t('inboxSaved.name')}
          aria-label={t('inboxSaved.name')}
          onChange={(e) => setName(e.target.value)}
          onPressEnter={() => name.trim() && save.mutate()}
        />
      </Modal>
    </Space.Compact>
  );
}
