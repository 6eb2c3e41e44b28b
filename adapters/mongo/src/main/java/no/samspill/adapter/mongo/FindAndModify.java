package no.samspill.adapter.mongo;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.convert.QueryMapper;
import org.springframework.data.mongodb.core.convert.UpdateMapper;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * An atomic update of one document that returns it as changed, without a projection: Spring Data's
 * findAndModify always sends {@code fields} (empty when nothing is projected), which FerretDB
 * refuses (NotImplemented), while MongoDB and the embedded server ignore an empty one.
 */
final class FindAndModify {

  private FindAndModify() {}

  /** The first document matching {@code filter}, after {@code update}; null when none matches. */
  static <T> T apply(
      MongoTemplate mongo, Query filter, Update update, Class<T> type, String collection) {
    MongoConverter converter = mongo.getConverter();
    MongoPersistentEntity<?> entity = converter.getMappingContext().getPersistentEntity(type);
    Document query = new QueryMapper(converter).getMappedObject(filter.getQueryObject(), entity);
    Document changes =
        new UpdateMapper(converter).getMappedObject(update.getUpdateObject(), entity);
    FindOneAndUpdateOptions options =
        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);
    if (!filter.getSortObject().isEmpty()) {
      options.sort(new QueryMapper(converter).getMappedSort(filter.getSortObject(), entity));
    }
    // execute translates driver exceptions as the template's own calls do.
    Document changed =
        mongo.execute(collection, documents -> documents.findOneAndUpdate(query, changes, options));
    return changed == null ? null : converter.read(type, changed);
  }
}
